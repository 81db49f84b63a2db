// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*-0.021655657858) q[0];
ry(pi*0.236175096949) q[1];
ry(pi*0.09735189101) q[2];
ry(pi*-0.031232519854) q[3];
ry(pi*0.466270414845) q[4];
ry(pi*-0.354903459463) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.031900038036) q[0];
ry(pi*-0.498925549266) q[1];
ry(pi*-0.480844672495) q[2];
ry(pi*0.019676717268) q[3];
ry(pi*-0.008550699592) q[4];
ry(pi*-0.020625136466) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.452381946132) q[0];
ry(pi*-0.246249284465) q[1];
ry(pi*0.026430882638) q[2];
ry(pi*-0.020985896149) q[3];
ry(pi*0.181955442634) q[4];
ry(pi*0.405274928282) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.207416205994) q[0];
ry(pi*-0.041052496267) q[1];
ry(pi*0.253365753425) q[2];
ry(pi*-0.201551577899) q[3];
ry(pi*-0.012702519014) q[4];
ry(pi*-0.024794834145) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.345840064053) q[0];
ry(pi*-0.0110411004) q[1];
ry(pi*-0.344249996014) q[2];
ry(pi*-0.448621016302) q[3];
ry(pi*-0.011625879615) q[4];
ry(pi*-0.002660945355) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
