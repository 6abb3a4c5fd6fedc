export enum RegistrationMethod {
    BURNED = "BURNED",
    POW = "POW",
    ROOT = "ROOT",
    SUDO = "SUDO",
    SWAP = "SWAP",
    STORAGE = "STORAGE",
    OTHER = "OTHER",
}
