// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


h q[0];
h q[1];
h q[2];
h q[3];
h q[4];
h q[5];
ry(pi*-0.138235523653) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.248855191361) q[0];
ry(pi*0.239019681011) q[1];
ry(pi*-0.058547864558) q[2];
ry(pi*0.119874079316) q[3];
ry(pi*-0.512991906462) q[4];
ry(pi*0.302399643531) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.073940682435) q[0];
ry(pi*-0.159968304786) q[1];
ry(pi*0.449373665203) q[2];
ry(pi*-0.494654328414) q[3];
ry(pi*-0.494978382945) q[4];
ry(pi*-0.302650690929) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.107839409321) q[0];
ry(pi*0.048298255016) q[1];
ry(pi*-0.417818988093) q[2];
ry(pi*-0.001881841921) q[3];
ry(pi*0.31753995311) q[4];
ry(pi*-0.006337180542) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.011701063871) q[0];
ry(pi*-0.143928696453) q[1];
ry(pi*0.254823922922) q[2];
ry(pi*0.00799678548) q[3];
ry(pi*0.004954303209) q[4];
ry(pi*-0.005638011667) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.15100627128) q[0];
ry(pi*-0.07183768142) q[1];
ry(pi*0.081237378269) q[2];
ry(pi*0.489005458407) q[3];
ry(pi*-0.31345297661) q[4];
ry(pi*0.002630552199) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
