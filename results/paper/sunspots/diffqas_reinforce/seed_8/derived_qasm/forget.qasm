// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*-0.000662981027) q[0];
rz(pi*-0.003979528789) q[1];
rz(pi*0.000265710237) q[2];
rz(pi*-0.003195275441) q[3];
rz(pi*-0.000486878058) q[4];
rz(pi*0.005007196265) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002961150549) q[0];
rz(pi*0.003396930254) q[1];
rz(pi*0.001659369261) q[2];
rz(pi*-0.000100536636) q[3];
rz(pi*-0.004959028313) q[4];
rz(pi*-0.001542725994) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001721078864) q[0];
rz(pi*0.002152090629) q[1];
rz(pi*0.003165644159) q[2];
rz(pi*0.001523215339) q[3];
rz(pi*-0.002545174241) q[4];
rz(pi*0.005890214623) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.004519481924) q[0];
rz(pi*-0.000692811968) q[1];
rz(pi*0.000627429359) q[2];
rz(pi*0.002038073309) q[3];
rz(pi*0.00033071667) q[4];
rz(pi*-0.00031367314) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.00157376363) q[0];
rz(pi*3.3128715e-05) q[1];
rz(pi*0.000650349179) q[2];
rz(pi*-0.005129084904) q[3];
rz(pi*-0.005117120215) q[4];
rz(pi*0.005542050474) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
