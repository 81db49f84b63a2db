// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*0.000112127355) q[0];
rz(pi*-0.000536803028) q[1];
rz(pi*-0.006654088869) q[2];
rz(pi*0.002874199928) q[3];
rz(pi*-0.000398731525) q[4];
rz(pi*-0.005071140947) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003475933961) q[0];
rz(pi*-0.000800764827) q[1];
rz(pi*0.004147484742) q[2];
rz(pi*0.002549137767) q[3];
rz(pi*0.001078610712) q[4];
rz(pi*-0.00217190129) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002711092402) q[0];
rz(pi*-0.001809510396) q[1];
rz(pi*0.000492139253) q[2];
rz(pi*0.001018358675) q[3];
rz(pi*0.003814802058) q[4];
rz(pi*0.001494649199) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00475775829) q[0];
rz(pi*0.000202487836) q[1];
rz(pi*0.007431811442) q[2];
rz(pi*0.005128078163) q[3];
rz(pi*-0.002645942062) q[4];
rz(pi*-0.007710392447) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004932819833) q[0];
rz(pi*-0.000357880753) q[1];
rz(pi*-0.000413975164) q[2];
rz(pi*-0.001551534536) q[3];
rz(pi*0.002697815332) q[4];
rz(pi*0.003109457553) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
