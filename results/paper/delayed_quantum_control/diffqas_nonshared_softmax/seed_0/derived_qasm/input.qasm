// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.316916735344) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00369235817) q[0];
rz(pi*0.002545650635) q[1];
rz(pi*-0.000406466885) q[2];
rz(pi*-0.00012647568) q[3];
rz(pi*0.000437714407) q[4];
rz(pi*-0.00173770655) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00059452639) q[0];
rz(pi*0.000980203145) q[1];
rz(pi*0.002552190897) q[2];
rz(pi*0.000400166561) q[3];
rz(pi*0.001015958474) q[4];
rz(pi*0.004229685653) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002869510695) q[0];
rz(pi*0.000224691564) q[1];
rz(pi*0.00152415034) q[2];
rz(pi*0.003297106328) q[3];
rz(pi*-0.000201096099) q[4];
rz(pi*0.00031745635) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001097623776) q[0];
rz(pi*0.003948519315) q[1];
rz(pi*-0.001022322052) q[2];
rz(pi*0.002181692266) q[3];
rz(pi*-0.000324554122) q[4];
rz(pi*9.7930422e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003893388661) q[0];
rz(pi*0.000180411858) q[1];
rz(pi*-9.4342683e-05) q[2];
rz(pi*-0.004722371744) q[3];
rz(pi*-0.002357337665) q[4];
rz(pi*-0.001444505709) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
