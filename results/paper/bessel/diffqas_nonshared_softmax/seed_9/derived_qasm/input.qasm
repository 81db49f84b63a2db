// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.026303643375) q[0];
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
rz(pi*-0.001288569141) q[0];
rz(pi*-0.007264904623) q[1];
rz(pi*0.000517647371) q[2];
rz(pi*0.002213432783) q[3];
rz(pi*-0.00374867047) q[4];
rz(pi*0.000650082523) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000389832083) q[0];
rz(pi*0.004550592783) q[1];
rz(pi*0.000363939285) q[2];
rz(pi*0.001253719761) q[3];
rz(pi*0.001592552579) q[4];
rz(pi*-0.004402072928) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00256334628) q[0];
rz(pi*0.000896431424) q[1];
rz(pi*-0.002941501304) q[2];
rz(pi*-0.002188142259) q[3];
rz(pi*0.000456346646) q[4];
rz(pi*-3.7993036e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002011765667) q[0];
rz(pi*-0.006459317013) q[1];
rz(pi*0.000857574273) q[2];
rz(pi*0.000476288857) q[3];
rz(pi*-0.003973505238) q[4];
rz(pi*-3.1781418e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002576722956) q[0];
rz(pi*-0.000647403364) q[1];
rz(pi*0.001528776726) q[2];
rz(pi*-0.003218849376) q[3];
rz(pi*-0.002313356316) q[4];
rz(pi*-0.002516942496) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
