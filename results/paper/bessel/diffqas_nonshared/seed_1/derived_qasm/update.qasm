// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001688745892) q[0];
ry(pi*0.054140457323) q[1];
ry(pi*-0.046698197826) q[2];
ry(pi*0.096388559232) q[3];
ry(pi*0.215253108129) q[4];
ry(pi*0.13047575665) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.269509247038) q[0];
ry(pi*-0.426760047226) q[1];
ry(pi*-0.367416479859) q[2];
ry(pi*-0.172709282745) q[3];
ry(pi*0.127125084029) q[4];
ry(pi*-0.300223886771) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.132088307394) q[0];
ry(pi*0.045664183077) q[1];
ry(pi*-0.035361070387) q[2];
ry(pi*0.004621407082) q[3];
ry(pi*-0.274298860275) q[4];
ry(pi*-0.263390915361) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.126745553185) q[0];
ry(pi*0.189073846814) q[1];
ry(pi*-0.117475781711) q[2];
ry(pi*0.165608257602) q[3];
ry(pi*-0.239951451623) q[4];
ry(pi*-0.28771752581) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.093954972317) q[0];
ry(pi*0.081638149105) q[1];
ry(pi*-0.014263449656) q[2];
ry(pi*-0.062110429568) q[3];
ry(pi*0.107875191923) q[4];
ry(pi*-0.004626052144) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
