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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.498231753829) q[0];
ry(pi*0.763918333716) q[1];
ry(pi*0.139952919228) q[2];
ry(pi*0.080463147867) q[3];
ry(pi*0.061691606162) q[4];
ry(pi*0.462144980586) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.048771430601) q[0];
ry(pi*0.331226798433) q[1];
ry(pi*0.464834747026) q[2];
ry(pi*-0.3565760969) q[3];
ry(pi*0.00714369011) q[4];
ry(pi*-0.002131917262) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.022379036553) q[0];
ry(pi*-0.510598570231) q[1];
ry(pi*-0.01839365556) q[2];
ry(pi*-0.517272537796) q[3];
ry(pi*-0.020807127805) q[4];
ry(pi*-0.014278486744) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.050180987175) q[0];
ry(pi*0.007287258077) q[1];
ry(pi*0.146962713914) q[2];
ry(pi*-0.247308248378) q[3];
ry(pi*-0.483433769537) q[4];
ry(pi*-0.017560181568) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002949956924) q[0];
ry(pi*0.496949044303) q[1];
ry(pi*0.138235932993) q[2];
ry(pi*0.248786434123) q[3];
ry(pi*0.001903718834) q[4];
ry(pi*3.6083795e-05) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
