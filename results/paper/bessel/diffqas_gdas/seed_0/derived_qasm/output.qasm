// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
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
rz(pi*0.000373049354) q[0];
rz(pi*0.000552964178) q[1];
rz(pi*0.000883563899) q[2];
rz(pi*0.003647311234) q[3];
rz(pi*0.001011245822) q[4];
rz(pi*-0.005258709681) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002548127764) q[0];
rz(pi*-0.003394866671) q[1];
rz(pi*0.001128452935) q[2];
rz(pi*-0.000855090696) q[3];
rz(pi*0.00112261674) q[4];
rz(pi*-0.001573658094) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002318381575) q[0];
rz(pi*0.00323829585) q[1];
rz(pi*0.001282825438) q[2];
rz(pi*-0.00076192776) q[3];
rz(pi*-0.005293190278) q[4];
rz(pi*-0.004095334587) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003769931806) q[0];
rz(pi*-0.000194805522) q[1];
rz(pi*-0.003051303709) q[2];
rz(pi*0.003405987666) q[3];
rz(pi*0.002363145401) q[4];
rz(pi*-0.000525000942) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002711185783) q[0];
rz(pi*-0.001599840041) q[1];
rz(pi*0.000926562222) q[2];
rz(pi*6.6977477e-05) q[3];
rz(pi*-0.000675839659) q[4];
rz(pi*0.003733538222) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
