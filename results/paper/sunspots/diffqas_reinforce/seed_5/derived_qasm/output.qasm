// DiffQAS-QLSTM derived circuit, output gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.061656383256) q[0];
ry(pi*-0.057240262787) q[1];
ry(pi*-0.026840060773) q[2];
ry(pi*0.001472631029) q[3];
ry(pi*-0.016443381606) q[4];
ry(pi*-0.000500006496) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.166999301517) q[0];
ry(pi*-0.247294625945) q[1];
ry(pi*-0.41460014761) q[2];
ry(pi*0.020381063925) q[3];
ry(pi*-0.002264157906) q[4];
ry(pi*-0.000143476828) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.050519119484) q[0];
ry(pi*0.009412294161) q[1];
ry(pi*0.050679828144) q[2];
ry(pi*-0.00283863492) q[3];
ry(pi*-0.082133669843) q[4];
ry(pi*-0.00058666919) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.024913679437) q[0];
ry(pi*-0.20563656226) q[1];
ry(pi*-0.023774496375) q[2];
ry(pi*-0.026714477784) q[3];
ry(pi*-0.013271037399) q[4];
ry(pi*0.002420794836) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.006652145941) q[0];
ry(pi*-0.002288548708) q[1];
ry(pi*-0.084262611348) q[2];
ry(pi*-0.099897806077) q[3];
ry(pi*-0.00420292904) q[4];
ry(pi*0.001339414178) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
