// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.136495314956) q[0];
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
rz(pi*-0.000172233029) q[0];
rz(pi*0.00426140868) q[1];
rz(pi*-0.001645373895) q[2];
rz(pi*-0.004008549089) q[3];
rz(pi*-0.005846585011) q[4];
rz(pi*-0.000651821865) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001121293613) q[0];
rz(pi*0.000843783012) q[1];
rz(pi*-0.001477760786) q[2];
rz(pi*-0.001523564704) q[3];
rz(pi*-0.002296028565) q[4];
rz(pi*-0.001654429528) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000510063127) q[0];
rz(pi*-0.001210653254) q[1];
rz(pi*0.000319682757) q[2];
rz(pi*0.006051653733) q[3];
rz(pi*0.001525082969) q[4];
rz(pi*-0.005016849243) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005518000144) q[0];
rz(pi*0.001107124899) q[1];
rz(pi*-0.002996612393) q[2];
rz(pi*0.002887216122) q[3];
rz(pi*5.6187144e-05) q[4];
rz(pi*-0.00195832166) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002016520712) q[0];
rz(pi*-0.003162185783) q[1];
rz(pi*0.000153156107) q[2];
rz(pi*0.003402135605) q[3];
rz(pi*-0.001034706884) q[4];
rz(pi*0.001339533943) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
