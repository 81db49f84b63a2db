// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.136495314956) q[0];
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
ry(pi*-0.002111327236) q[0];
ry(pi*0.000184392096) q[1];
ry(pi*-8.2640611e-05) q[2];
ry(pi*-0.00238009681) q[3];
ry(pi*-0.018668143788) q[4];
ry(pi*3.03982e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.017130027875) q[0];
ry(pi*3.391113e-06) q[1];
ry(pi*0.054192442652) q[2];
ry(pi*1.2300883e-05) q[3];
ry(pi*-2.929351e-06) q[4];
ry(pi*4.8983e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.9906403e-05) q[0];
ry(pi*-0.000215373166) q[1];
ry(pi*0.001254397888) q[2];
ry(pi*0.007301105812) q[3];
ry(pi*0.07445768981) q[4];
ry(pi*-0.044219849456) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.100776083027) q[0];
ry(pi*0.001154089119) q[1];
ry(pi*-3.117666e-05) q[2];
ry(pi*-5.7826628e-05) q[3];
ry(pi*-0.478775314904) q[4];
ry(pi*0.397830970724) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.330228224776) q[0];
ry(pi*0.208765092464) q[1];
ry(pi*-0.00150647767) q[2];
ry(pi*-5.2989027e-05) q[3];
ry(pi*0.491538699679) q[4];
ry(pi*-0.003548871429) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
