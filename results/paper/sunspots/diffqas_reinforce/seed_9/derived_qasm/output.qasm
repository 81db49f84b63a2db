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
ry(pi*0.093421477625) q[0];
ry(pi*-0.189039582032) q[1];
ry(pi*-0.711909327044) q[2];
ry(pi*-0.110090374053) q[3];
ry(pi*0.003958837526) q[4];
ry(pi*0.001337050885) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.167891020659) q[0];
ry(pi*0.233944300248) q[1];
ry(pi*0.011769646797) q[2];
ry(pi*0.045396539268) q[3];
ry(pi*-0.003701941779) q[4];
ry(pi*0.000365987156) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.184109058197) q[0];
ry(pi*0.069397842984) q[1];
ry(pi*0.052922852781) q[2];
ry(pi*-0.001488878668) q[3];
ry(pi*-0.002346198587) q[4];
ry(pi*-0.000412571107) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.117323838461) q[0];
ry(pi*0.022750582243) q[1];
ry(pi*0.255961794492) q[2];
ry(pi*-0.013305946069) q[3];
ry(pi*0.00074495686) q[4];
ry(pi*-0.001159919237) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.166968413884) q[0];
ry(pi*-0.394919640535) q[1];
ry(pi*0.085915716341) q[2];
ry(pi*-0.441031423932) q[3];
ry(pi*-0.501967829359) q[4];
ry(pi*-0.00211992782) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
