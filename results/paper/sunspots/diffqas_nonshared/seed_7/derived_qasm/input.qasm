// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rz(pi*0.003513342291) q[0];
rz(pi*-0.004676249884) q[1];
rz(pi*-0.000143339479) q[2];
rz(pi*-0.002272231552) q[3];
rz(pi*-0.001598683445) q[4];
rz(pi*0.002548253162) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001306407081) q[0];
rz(pi*0.001931873502) q[1];
rz(pi*-0.004705896284) q[2];
rz(pi*0.001698153855) q[3];
rz(pi*0.000379952877) q[4];
rz(pi*-0.00244093337) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.004640038616) q[0];
rz(pi*3.6287937e-05) q[1];
rz(pi*-0.000818224868) q[2];
rz(pi*-0.0010820201) q[3];
rz(pi*0.004591905941) q[4];
rz(pi*-0.001683019384) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000963688406) q[0];
rz(pi*-0.000785653107) q[1];
rz(pi*0.002109790443) q[2];
rz(pi*-0.003712999037) q[3];
rz(pi*0.003768430291) q[4];
rz(pi*-0.001804075445) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000981223598) q[0];
rz(pi*-0.002571330249) q[1];
rz(pi*0.00448988918) q[2];
rz(pi*0.001039648914) q[3];
rz(pi*0.002789943734) q[4];
rz(pi*-0.001106811329) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
