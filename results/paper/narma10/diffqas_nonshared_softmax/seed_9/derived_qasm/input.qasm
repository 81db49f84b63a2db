// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.030359911972) q[0];
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
ry(pi*-0.012377171965) q[0];
ry(pi*0.014221476009) q[1];
ry(pi*0.016114849507) q[2];
ry(pi*0.056605254408) q[3];
ry(pi*0.131558028583) q[4];
ry(pi*0.007732344509) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.017961285613) q[0];
ry(pi*-0.004358148646) q[1];
ry(pi*-0.000336446144) q[2];
ry(pi*-0.007044956524) q[3];
ry(pi*-0.006459131436) q[4];
ry(pi*0.000986251376) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.013513317015) q[0];
ry(pi*0.004406358101) q[1];
ry(pi*-0.005058289875) q[2];
ry(pi*-0.006347980779) q[3];
ry(pi*-0.072576484958) q[4];
ry(pi*0.005853549788) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.008624725918) q[0];
ry(pi*0.004080468254) q[1];
ry(pi*0.000778762739) q[2];
ry(pi*-0.023175616851) q[3];
ry(pi*-0.011800128888) q[4];
ry(pi*0.00038333225) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.050444347886) q[0];
ry(pi*0.015502902503) q[1];
ry(pi*0.017455864658) q[2];
ry(pi*0.100381373984) q[3];
ry(pi*0.012594743135) q[4];
ry(pi*-0.004223918531) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
