// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.0278125303) q[0];
ry(pi*-0.039878913243) q[1];
ry(pi*-0.00290691102) q[2];
ry(pi*-0.011700819597) q[3];
ry(pi*-0.020042618565) q[4];
ry(pi*-0.018944632454) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.031967028437) q[0];
ry(pi*0.001364960389) q[1];
ry(pi*-0.030582556207) q[2];
ry(pi*0.012974872807) q[3];
ry(pi*0.005219497754) q[4];
ry(pi*-0.014753085284) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.008921443683) q[0];
ry(pi*-0.094070355082) q[1];
ry(pi*0.020563083723) q[2];
ry(pi*-0.093597459346) q[3];
ry(pi*-0.010433745987) q[4];
ry(pi*0.071669767859) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005753443643) q[0];
ry(pi*0.049014922102) q[1];
ry(pi*0.038415884351) q[2];
ry(pi*-0.033093001723) q[3];
ry(pi*-0.075558208783) q[4];
ry(pi*-0.016771412113) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.023497392281) q[0];
ry(pi*-0.020461657786) q[1];
ry(pi*0.001625862795) q[2];
ry(pi*0.008192170986) q[3];
ry(pi*0.009374778517) q[4];
ry(pi*0.003551407255) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
