// DiffQAS-QLSTM derived circuit, update gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002017946633) q[0];
ry(pi*-0.013758212499) q[1];
ry(pi*-0.033692054373) q[2];
ry(pi*0.013087567371) q[3];
ry(pi*0.002961621903) q[4];
ry(pi*-0.000584108425) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.020701316791) q[0];
ry(pi*0.340416931797) q[1];
ry(pi*-0.088281001364) q[2];
ry(pi*-0.341405715516) q[3];
ry(pi*-0.006837201972) q[4];
ry(pi*-0.014902283415) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.003234361376) q[0];
ry(pi*0.220515768884) q[1];
ry(pi*0.293967054036) q[2];
ry(pi*-0.283776222067) q[3];
ry(pi*0.00889331955) q[4];
ry(pi*0.002675432233) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001401396958) q[0];
ry(pi*-0.01016154279) q[1];
ry(pi*-0.011511089749) q[2];
ry(pi*-0.02018269199) q[3];
ry(pi*-0.501263864529) q[4];
ry(pi*0.054045797542) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00904884687) q[0];
ry(pi*0.010895137123) q[1];
ry(pi*0.010080717699) q[2];
ry(pi*-0.043271714849) q[3];
ry(pi*0.005048412188) q[4];
ry(pi*-0.003370822271) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
