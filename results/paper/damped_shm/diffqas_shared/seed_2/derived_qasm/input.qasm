// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*0.133127757836) q[0];
ry(pi*-0.414122983005) q[1];
ry(pi*0.049477397056) q[2];
ry(pi*0.016545051818) q[3];
ry(pi*0.045039197052) q[4];
ry(pi*-0.135219588647) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.108087866938) q[0];
ry(pi*0.20832915564) q[1];
ry(pi*-0.005394984998) q[2];
ry(pi*-0.003663816042) q[3];
ry(pi*-0.017228192872) q[4];
ry(pi*-0.205711295913) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.018673607939) q[0];
ry(pi*-0.118315781143) q[1];
ry(pi*0.037616465255) q[2];
ry(pi*0.28167768439) q[3];
ry(pi*-0.033419740897) q[4];
ry(pi*0.108163672552) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.204324957239) q[0];
ry(pi*-0.223920200785) q[1];
ry(pi*-0.117353559271) q[2];
ry(pi*-0.091961524689) q[3];
ry(pi*0.018289936292) q[4];
ry(pi*-0.003389849566) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.12983245718) q[0];
ry(pi*-0.18906470195) q[1];
ry(pi*0.238532840305) q[2];
ry(pi*0.007577592699) q[3];
ry(pi*-0.443902797514) q[4];
ry(pi*-0.002454291074) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
