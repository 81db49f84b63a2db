// DiffQAS-QLSTM derived circuit, input gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.00109401888) q[0];
rz(pi*0.000668978268) q[1];
rz(pi*-0.004724572287) q[2];
rz(pi*0.003136036001) q[3];
rz(pi*0.000568857078) q[4];
rz(pi*0.003204917154) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.003053177565) q[0];
rz(pi*-0.003118971793) q[1];
rz(pi*-0.002539463444) q[2];
rz(pi*-0.000647212673) q[3];
rz(pi*0.002380816292) q[4];
rz(pi*0.002708716362) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002258999987) q[0];
rz(pi*-0.001932763146) q[1];
rz(pi*-0.002539553268) q[2];
rz(pi*-0.001859699094) q[3];
rz(pi*-0.000757333095) q[4];
rz(pi*-0.000419580648) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.006551173571) q[0];
rz(pi*-0.001611933834) q[1];
rz(pi*-0.00091903723) q[2];
rz(pi*0.001459697099) q[3];
rz(pi*-0.003033730202) q[4];
rz(pi*-0.001173383218) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*4.2392636e-05) q[0];
rz(pi*0.002464184621) q[1];
rz(pi*-0.004189005118) q[2];
rz(pi*0.00436551689) q[3];
rz(pi*-0.001121910302) q[4];
rz(pi*0.000539269856) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
