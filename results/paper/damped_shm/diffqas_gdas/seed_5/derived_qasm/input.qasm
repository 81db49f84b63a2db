// DiffQAS-QLSTM derived circuit, input gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00203812667) q[0];
rz(pi*0.000298913972) q[1];
rz(pi*-0.00232329433) q[2];
rz(pi*-0.003706281498) q[3];
rz(pi*0.000345254983) q[4];
rz(pi*-0.001746097692) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00454565394) q[0];
rz(pi*-0.001538908914) q[1];
rz(pi*0.002750454628) q[2];
rz(pi*0.004184348198) q[3];
rz(pi*0.002668646215) q[4];
rz(pi*0.004586984292) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000942855514) q[0];
rz(pi*-0.000231372603) q[1];
rz(pi*-0.002794708562) q[2];
rz(pi*-0.002219894338) q[3];
rz(pi*0.005411421327) q[4];
rz(pi*0.001653382321) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002342951579) q[0];
rz(pi*0.008609615903) q[1];
rz(pi*0.006440323514) q[2];
rz(pi*-0.002488704822) q[3];
rz(pi*0.003413011437) q[4];
rz(pi*-0.002134552399) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003450663744) q[0];
rz(pi*-0.005729691541) q[1];
rz(pi*-0.002718192953) q[2];
rz(pi*-0.002646113113) q[3];
rz(pi*0.006706818285) q[4];
rz(pi*-0.005398325388) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
