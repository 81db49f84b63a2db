// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.063383369021) q[0];
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
ry(pi*0.059367060372) q[0];
ry(pi*-0.118662223516) q[1];
ry(pi*0.076182108619) q[2];
ry(pi*-0.053910635687) q[3];
ry(pi*0.061699399218) q[4];
ry(pi*0.049134516817) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.15546870897) q[0];
ry(pi*-0.032537517616) q[1];
ry(pi*-0.291832069711) q[2];
ry(pi*-0.175856766724) q[3];
ry(pi*-0.025185544682) q[4];
ry(pi*0.034742587271) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.121910642512) q[0];
ry(pi*-0.076198093158) q[1];
ry(pi*-0.028134016395) q[2];
ry(pi*0.012278856372) q[3];
ry(pi*0.001098084533) q[4];
ry(pi*0.11155586703) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.015746778202) q[0];
ry(pi*-0.427437336373) q[1];
ry(pi*-0.076231622747) q[2];
ry(pi*-0.482058928348) q[3];
ry(pi*-0.646029648096) q[4];
ry(pi*0.189498627662) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.103210352961) q[0];
ry(pi*0.088738178179) q[1];
ry(pi*0.026012573869) q[2];
ry(pi*0.036853101495) q[3];
ry(pi*0.062236754865) q[4];
ry(pi*-0.003370971385) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
