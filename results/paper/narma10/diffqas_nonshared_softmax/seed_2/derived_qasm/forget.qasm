// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*0.100085465525) q[0];
ry(pi*0.003681400815) q[1];
ry(pi*0.023866108659) q[2];
ry(pi*0.034672848194) q[3];
ry(pi*-0.032103383203) q[4];
ry(pi*0.000932779725) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.08413318875) q[0];
ry(pi*-0.024571553364) q[1];
ry(pi*-0.012847954612) q[2];
ry(pi*-0.002969564962) q[3];
ry(pi*0.00419818022) q[4];
ry(pi*0.002053540693) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.090601083816) q[0];
ry(pi*0.013107827894) q[1];
ry(pi*0.010597888714) q[2];
ry(pi*-0.018075135143) q[3];
ry(pi*-0.00161026023) q[4];
ry(pi*-0.005723221834) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.08624801453) q[0];
ry(pi*-0.015103437229) q[1];
ry(pi*-0.019924498981) q[2];
ry(pi*-0.00467099888) q[3];
ry(pi*0.001056526137) q[4];
ry(pi*0.003136635124) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.093841287613) q[0];
ry(pi*0.037851788988) q[1];
ry(pi*0.028970714569) q[2];
ry(pi*0.035301431926) q[3];
ry(pi*0.013972162246) q[4];
ry(pi*-0.004092208234) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
