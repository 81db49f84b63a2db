// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.136495314956) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*2.3237422e-05) q[0];
ry(pi*0.000893894486) q[1];
ry(pi*-0.001615152086) q[2];
ry(pi*0.001358247001) q[3];
ry(pi*-0.00082527191) q[4];
ry(pi*0.000616639572) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000162974569) q[0];
ry(pi*-0.00367286041) q[1];
ry(pi*4.2480881e-05) q[2];
ry(pi*0.000395016239) q[3];
ry(pi*-0.003321470893) q[4];
ry(pi*-3.75972e-07) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*2.449323e-06) q[0];
ry(pi*-4.192538e-06) q[1];
ry(pi*-8.988324e-06) q[2];
ry(pi*0.002215711588) q[3];
ry(pi*-2.464452e-06) q[4];
ry(pi*-0.000877939739) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-1.016838e-06) q[0];
ry(pi*1.2041272e-05) q[1];
ry(pi*-0.002313563386) q[2];
ry(pi*-8.99575e-07) q[3];
ry(pi*2.321813e-06) q[4];
ry(pi*-2.387e-09) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-3.56753e-07) q[0];
ry(pi*1.1775704e-05) q[1];
ry(pi*2.5996e-08) q[2];
ry(pi*0.161572166012) q[3];
ry(pi*-2.51523e-07) q[4];
ry(pi*0.000798258794) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
