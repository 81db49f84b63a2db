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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002323664003) q[0];
ry(pi*-0.007201205401) q[1];
ry(pi*-0.000215989484) q[2];
ry(pi*0.000620010459) q[3];
ry(pi*0.000820154234) q[4];
ry(pi*0.000351814217) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00095489098) q[0];
ry(pi*0.000173493067) q[1];
ry(pi*-0.007258468119) q[2];
ry(pi*-0.001574920671) q[3];
ry(pi*0.002934812817) q[4];
ry(pi*-0.002550665073) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000770695319) q[0];
ry(pi*-0.003881379801) q[1];
ry(pi*0.00464064278) q[2];
ry(pi*9.2960813e-05) q[3];
ry(pi*0.002751701197) q[4];
ry(pi*0.147909122001) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002961992761) q[0];
ry(pi*0.000197704535) q[1];
ry(pi*-0.001471044433) q[2];
ry(pi*0.000419531067) q[3];
ry(pi*-0.003150500646) q[4];
ry(pi*-0.000519136213) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.098476443711) q[0];
ry(pi*-0.017272451549) q[1];
ry(pi*0.001996769192) q[2];
ry(pi*0.00807903412) q[3];
ry(pi*0.002501347787) q[4];
ry(pi*-0.000363327155) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
