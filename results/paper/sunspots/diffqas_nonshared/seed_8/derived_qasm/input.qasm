// DiffQAS-QLSTM derived circuit, input gate
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
rz(pi*-0.000529746055) q[0];
rz(pi*-8.3247016e-05) q[1];
rz(pi*-0.00290000998) q[2];
rz(pi*0.002953359568) q[3];
rz(pi*0.000503893723) q[4];
rz(pi*0.001599775415) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.007388655556) q[0];
rz(pi*-0.005861560438) q[1];
rz(pi*0.000948290243) q[2];
rz(pi*0.00170690963) q[3];
rz(pi*-0.001583208501) q[4];
rz(pi*-0.001228759406) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002040718377) q[0];
rz(pi*-0.00285811756) q[1];
rz(pi*-0.000227593376) q[2];
rz(pi*-0.003319604746) q[3];
rz(pi*-0.002167209685) q[4];
rz(pi*0.002325945031) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.005835448008) q[0];
rz(pi*-0.002673172105) q[1];
rz(pi*-0.008218512275) q[2];
rz(pi*0.000720155995) q[3];
rz(pi*0.000337960332) q[4];
rz(pi*0.008879853049) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.00154574859) q[0];
rz(pi*0.000445673586) q[1];
rz(pi*0.003197557507) q[2];
rz(pi*0.001900608933) q[3];
rz(pi*-0.001160848531) q[4];
rz(pi*0.003683368348) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
