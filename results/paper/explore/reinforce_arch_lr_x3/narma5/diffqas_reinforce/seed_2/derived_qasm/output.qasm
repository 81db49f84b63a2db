// DiffQAS-QLSTM derived circuit, output gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.251292563339) q[0];
ry(pi*0.167739712996) q[1];
ry(pi*0.229074071806) q[2];
ry(pi*0.153272907502) q[3];
ry(pi*-0.322955287566) q[4];
ry(pi*0.000209874923) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.161557519051) q[0];
ry(pi*-0.068521202434) q[1];
ry(pi*0.112511932246) q[2];
ry(pi*0.134256845024) q[3];
ry(pi*-0.15621241222) q[4];
ry(pi*-0.002942567928) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.104330371176) q[0];
ry(pi*0.189646994549) q[1];
ry(pi*-0.053981318659) q[2];
ry(pi*-0.04549087177) q[3];
ry(pi*-0.002119255176) q[4];
ry(pi*0.000492977612) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.016470785368) q[0];
ry(pi*-0.072129581886) q[1];
ry(pi*-0.211774265112) q[2];
ry(pi*-0.122882900968) q[3];
ry(pi*-0.322161771366) q[4];
ry(pi*-0.004896159149) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.047564336961) q[0];
ry(pi*0.208495034373) q[1];
ry(pi*0.168676511386) q[2];
ry(pi*-0.001989766618) q[3];
ry(pi*0.095240726969) q[4];
ry(pi*0.008673668492) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
