// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.063383369021) q[0];
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
ry(pi*-0.149922064127) q[0];
ry(pi*0.015595385161) q[1];
ry(pi*-0.023054639497) q[2];
ry(pi*-0.077121809839) q[3];
ry(pi*0.349437448798) q[4];
ry(pi*0.423512823512) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.024317641082) q[0];
ry(pi*0.000994706922) q[1];
ry(pi*0.116361920153) q[2];
ry(pi*-0.002913708007) q[3];
ry(pi*-0.042150629418) q[4];
ry(pi*0.04223932227) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.101053521517) q[0];
ry(pi*-0.147739040804) q[1];
ry(pi*-0.029441497215) q[2];
ry(pi*0.001121664323) q[3];
ry(pi*-0.198514325585) q[4];
ry(pi*0.072094083875) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.200712659914) q[0];
ry(pi*-0.336380062325) q[1];
ry(pi*-0.201378963841) q[2];
ry(pi*-0.091153693552) q[3];
ry(pi*-0.066244430022) q[4];
ry(pi*0.088941167607) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.054366621962) q[0];
ry(pi*-0.045910909431) q[1];
ry(pi*0.003105183941) q[2];
ry(pi*-0.069968448371) q[3];
ry(pi*-0.075712812961) q[4];
ry(pi*0.000365034554) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
