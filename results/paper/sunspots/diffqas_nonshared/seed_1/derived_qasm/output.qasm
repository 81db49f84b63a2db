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
rz(pi*-0.138235523653) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.049112181149) q[0];
rx(pi*0.011381789287) q[1];
rx(pi*-0.005665925322) q[2];
rx(pi*0.102717573785) q[3];
rx(pi*0.038083313428) q[4];
rx(pi*-0.044913009307) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.14232872464) q[0];
rx(pi*0.008681421231) q[1];
rx(pi*0.033307657019) q[2];
rx(pi*-0.037173629466) q[3];
rx(pi*0.118630823618) q[4];
rx(pi*0.006421500176) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.184747870612) q[0];
rx(pi*-0.037097034112) q[1];
rx(pi*-0.022704857921) q[2];
rx(pi*-0.233075177649) q[3];
rx(pi*-0.021718469511) q[4];
rx(pi*-0.273752862542) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.131969661317) q[0];
rx(pi*-0.051401684275) q[1];
rx(pi*-0.14022467538) q[2];
rx(pi*-0.024072446777) q[3];
rx(pi*-0.014685276684) q[4];
rx(pi*0.036514959699) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.036893295261) q[0];
rx(pi*0.001588147789) q[1];
rx(pi*0.022646905663) q[2];
rx(pi*0.092172994935) q[3];
rx(pi*-0.00252802762) q[4];
rx(pi*-0.002642887746) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
