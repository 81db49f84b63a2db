// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*0.001494603991) q[0];
ry(pi*-0.001029966958) q[1];
ry(pi*0.000923013948) q[2];
ry(pi*0.000219316959) q[3];
ry(pi*0.201327320021) q[4];
ry(pi*0.000601692716) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.001346326038) q[0];
ry(pi*0.202749422325) q[1];
ry(pi*-0.000441669262) q[2];
ry(pi*-0.328704106008) q[3];
ry(pi*0.500395443921) q[4];
ry(pi*0.499683320809) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-5.2821343e-05) q[0];
ry(pi*-0.000793005418) q[1];
ry(pi*3.290384e-05) q[2];
ry(pi*-0.177034367228) q[3];
ry(pi*-0.500536828837) q[4];
ry(pi*0.686342866506) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.001937252572) q[0];
ry(pi*0.196110611261) q[1];
ry(pi*-0.000216040733) q[2];
ry(pi*-7.6517638e-05) q[3];
ry(pi*0.00047649374) q[4];
ry(pi*-0.491011447021) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.012417842421) q[0];
ry(pi*-0.204757725614) q[1];
ry(pi*0.001744905522) q[2];
ry(pi*0.514176526882) q[3];
ry(pi*0.000289870938) q[4];
ry(pi*0.00554513651) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
