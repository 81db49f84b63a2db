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
rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001159890778) q[0];
ry(pi*-0.000320434182) q[1];
ry(pi*-6.0416265e-05) q[2];
ry(pi*-0.000620125926) q[3];
ry(pi*-0.001277425764) q[4];
ry(pi*0.000152145289) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.004150290633) q[0];
ry(pi*-0.00128267751) q[1];
ry(pi*0.001840866864) q[2];
ry(pi*-0.002264505345) q[3];
ry(pi*-0.000924436607) q[4];
ry(pi*-0.001725883416) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003283419269) q[0];
ry(pi*0.000138373159) q[1];
ry(pi*-0.004035352246) q[2];
ry(pi*-0.000799040085) q[3];
ry(pi*0.001112476547) q[4];
ry(pi*0.000613617125) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001843871821) q[0];
ry(pi*0.001323055074) q[1];
ry(pi*0.001354309563) q[2];
ry(pi*-0.000134264105) q[3];
ry(pi*0.002795545142) q[4];
ry(pi*0.007274494754) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.034856862502) q[0];
ry(pi*0.039532793407) q[1];
ry(pi*0.011400254514) q[2];
ry(pi*0.084231154532) q[3];
ry(pi*-0.033014646646) q[4];
ry(pi*0.007632871578) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
