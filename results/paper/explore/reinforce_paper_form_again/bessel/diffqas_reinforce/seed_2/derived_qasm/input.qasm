// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.026303643375) q[0];
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
rz(pi*0.000636012675) q[0];
rz(pi*0.002643259196) q[1];
rz(pi*-0.000611224224) q[2];
rz(pi*-0.001509689548) q[3];
rz(pi*-0.001391580933) q[4];
rz(pi*0.001930954806) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001001878398) q[0];
rz(pi*-0.004532157201) q[1];
rz(pi*-0.001332912454) q[2];
rz(pi*-0.003396550206) q[3];
rz(pi*0.004744737353) q[4];
rz(pi*2.1437005e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.004690619369) q[0];
rz(pi*0.000825344837) q[1];
rz(pi*0.002265634668) q[2];
rz(pi*0.001186408528) q[3];
rz(pi*-0.001160212055) q[4];
rz(pi*0.000455763345) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.00086814654) q[0];
rz(pi*0.003166288343) q[1];
rz(pi*0.001137954354) q[2];
rz(pi*0.007177953706) q[3];
rz(pi*-0.000697128564) q[4];
rz(pi*0.004834089805) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*4.259053e-05) q[0];
rz(pi*-0.005421464432) q[1];
rz(pi*-0.003735446169) q[2];
rz(pi*-0.005780961834) q[3];
rz(pi*-0.005463385904) q[4];
rz(pi*0.003798867914) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
