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
rx(pi*-0.138235523653) q[0];
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
ry(pi*0.160211307738) q[0];
ry(pi*0.004749410578) q[1];
ry(pi*-0.002849135743) q[2];
ry(pi*0.001392059995) q[3];
ry(pi*0.002844818553) q[4];
ry(pi*2.2407704e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.121592156483) q[0];
ry(pi*0.001261016264) q[1];
ry(pi*0.006564204884) q[2];
ry(pi*-0.001167752684) q[3];
ry(pi*-0.002935574395) q[4];
ry(pi*-0.000265350459) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.194272322764) q[0];
ry(pi*0.045534741506) q[1];
ry(pi*0.001063796331) q[2];
ry(pi*-0.002095138739) q[3];
ry(pi*0.202294493781) q[4];
ry(pi*0.000303670166) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.02286428592) q[0];
ry(pi*-0.459780407041) q[1];
ry(pi*-0.492888914241) q[2];
ry(pi*-0.13644773255) q[3];
ry(pi*0.086311440426) q[4];
ry(pi*-0.000424042912) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.006567934808) q[0];
ry(pi*0.01301809747) q[1];
ry(pi*-0.003166313838) q[2];
ry(pi*-0.056525535665) q[3];
ry(pi*0.281460901775) q[4];
ry(pi*-0.004846822001) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
