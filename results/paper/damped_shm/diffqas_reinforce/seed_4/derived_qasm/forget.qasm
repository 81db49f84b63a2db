// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.136495314956) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.050313663599) q[0];
ry(pi*-0.220695080323) q[1];
ry(pi*-0.451072674759) q[2];
ry(pi*-0.505268897731) q[3];
ry(pi*-0.014014759622) q[4];
ry(pi*-0.285773217599) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.227656485016) q[0];
ry(pi*0.107726388663) q[1];
ry(pi*-0.13893258383) q[2];
ry(pi*0.032069267831) q[3];
ry(pi*-0.008324954726) q[4];
ry(pi*-0.211478669703) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.533271193453) q[0];
ry(pi*0.196933079873) q[1];
ry(pi*-0.096883017496) q[2];
ry(pi*0.007435992561) q[3];
ry(pi*0.454615797445) q[4];
ry(pi*0.00357134702) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.321501519746) q[0];
ry(pi*0.23403698212) q[1];
ry(pi*-0.509048686472) q[2];
ry(pi*0.006129775801) q[3];
ry(pi*-0.007630224287) q[4];
ry(pi*-0.001300044096) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.10204485707) q[0];
ry(pi*0.544757939981) q[1];
ry(pi*-0.197718722383) q[2];
ry(pi*-0.426543416393) q[3];
ry(pi*0.128847790547) q[4];
ry(pi*0.006846631427) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
