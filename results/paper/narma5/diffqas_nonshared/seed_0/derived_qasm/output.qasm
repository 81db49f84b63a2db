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
rx(pi*-0.051389897456) q[0];
rx(pi*0.008060602689) q[1];
rx(pi*-0.004894134104) q[2];
rx(pi*0.002719486953) q[3];
rx(pi*0.001811829814) q[4];
rx(pi*-0.000741594237) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.052972362166) q[0];
rx(pi*-0.000325692042) q[1];
rx(pi*0.004073604566) q[2];
rx(pi*0.002703028984) q[3];
rx(pi*0.002737096924) q[4];
rx(pi*0.004750210991) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.046815866807) q[0];
rx(pi*0.000937393957) q[1];
rx(pi*0.002783848443) q[2];
rx(pi*0.002191545199) q[3];
rx(pi*0.004384320958) q[4];
rx(pi*0.001520511129) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.046508726481) q[0];
rx(pi*0.004415153452) q[1];
rx(pi*-2.9896006e-05) q[2];
rx(pi*-0.003478597557) q[3];
rx(pi*-0.000112379828) q[4];
rx(pi*0.000316571486) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.0447799724) q[0];
rx(pi*0.003250989507) q[1];
rx(pi*-0.001588193294) q[2];
rx(pi*0.000706510884) q[3];
rx(pi*-0.000950118593) q[4];
rx(pi*-0.001571968186) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
