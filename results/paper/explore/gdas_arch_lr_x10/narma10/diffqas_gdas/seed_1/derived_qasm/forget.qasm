// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rx(pi*0.030359911972) q[0];
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
rz(pi*0.00265261365) q[0];
rz(pi*-0.001879412817) q[1];
rz(pi*-0.003361605073) q[2];
rz(pi*-0.00286630015) q[3];
rz(pi*-0.001243142083) q[4];
rz(pi*0.005179858348) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.003741846803) q[0];
rz(pi*0.000509541154) q[1];
rz(pi*-0.006804906205) q[2];
rz(pi*-4.994505e-06) q[3];
rz(pi*0.002863408585) q[4];
rz(pi*-0.000753325843) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002003294039) q[0];
rz(pi*0.000736926867) q[1];
rz(pi*0.002228651595) q[2];
rz(pi*0.002112486945) q[3];
rz(pi*0.006278580247) q[4];
rz(pi*0.000665801815) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001885701542) q[0];
rz(pi*-0.000401003178) q[1];
rz(pi*-0.000230770422) q[2];
rz(pi*0.00034612269) q[3];
rz(pi*-9.5579904e-05) q[4];
rz(pi*0.000553752177) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.00531848273) q[0];
rz(pi*0.002640792146) q[1];
rz(pi*-0.001829451791) q[2];
rz(pi*-0.003734281124) q[3];
rz(pi*0.002030024269) q[4];
rz(pi*0.004193179715) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
