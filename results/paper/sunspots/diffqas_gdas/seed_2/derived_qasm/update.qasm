// DiffQAS-QLSTM derived circuit, update gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.15105388339) q[0];
ry(pi*0.162162787648) q[1];
ry(pi*-0.008971743995) q[2];
ry(pi*-0.012137951704) q[3];
ry(pi*-0.082445088523) q[4];
ry(pi*-0.190407289467) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.084109985079) q[0];
ry(pi*-0.354662960913) q[1];
ry(pi*-0.025553333767) q[2];
ry(pi*0.290017383312) q[3];
ry(pi*0.233365783225) q[4];
ry(pi*-0.425303775004) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.261522725814) q[0];
ry(pi*0.16223268325) q[1];
ry(pi*0.234177095862) q[2];
ry(pi*0.073887639376) q[3];
ry(pi*-0.004479929377) q[4];
ry(pi*0.18021177123) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.021109005565) q[0];
ry(pi*-0.110242810594) q[1];
ry(pi*0.156922173225) q[2];
ry(pi*0.018843912065) q[3];
ry(pi*0.331547324032) q[4];
ry(pi*0.525101604187) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.20804936453) q[0];
ry(pi*-0.014170096622) q[1];
ry(pi*0.374667788137) q[2];
ry(pi*0.008459383165) q[3];
ry(pi*-0.068529000233) q[4];
ry(pi*0.000161126486) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
