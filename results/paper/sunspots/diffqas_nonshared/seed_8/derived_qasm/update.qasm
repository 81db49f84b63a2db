// DiffQAS-QLSTM derived circuit, update gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.222795705002) q[0];
ry(pi*-0.2112992634) q[1];
ry(pi*0.067966088295) q[2];
ry(pi*-0.055893548696) q[3];
ry(pi*0.02868099834) q[4];
ry(pi*-0.028191560739) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.109343208276) q[0];
ry(pi*0.314597317888) q[1];
ry(pi*0.00128870195) q[2];
ry(pi*-0.345023173428) q[3];
ry(pi*-0.027194291459) q[4];
ry(pi*0.298664990957) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.021873588325) q[0];
ry(pi*-0.234691029651) q[1];
ry(pi*0.188363051794) q[2];
ry(pi*0.010368590014) q[3];
ry(pi*-0.073445915864) q[4];
ry(pi*0.10249367639) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.194342673712) q[0];
ry(pi*-0.206132187348) q[1];
ry(pi*0.132639626983) q[2];
ry(pi*-0.006857575146) q[3];
ry(pi*-0.125066711659) q[4];
ry(pi*-0.322552534078) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.352385358444) q[0];
ry(pi*0.07330113957) q[1];
ry(pi*0.088153770118) q[2];
ry(pi*0.008887163486) q[3];
ry(pi*-0.098581685542) q[4];
ry(pi*-0.003369667009) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
