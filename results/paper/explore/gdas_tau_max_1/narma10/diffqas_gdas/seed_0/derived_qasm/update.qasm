// DiffQAS-QLSTM derived circuit, update gate
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
rz(pi*0.030359911972) q[0];
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
rx(pi*-0.095204868476) q[0];
rx(pi*0.000796826129) q[1];
rx(pi*-0.003955612455) q[2];
rx(pi*-0.000492307525) q[3];
rx(pi*-0.000813213099) q[4];
rx(pi*-0.000749830188) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.113088931449) q[0];
rx(pi*-0.004501424315) q[1];
rx(pi*-0.001745972739) q[2];
rx(pi*0.004091707828) q[3];
rx(pi*0.003708155354) q[4];
rx(pi*-0.001846431067) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.088864090819) q[0];
rx(pi*-0.003011575962) q[1];
rx(pi*-0.004338909687) q[2];
rx(pi*-0.006418523234) q[3];
rx(pi*-0.003539811942) q[4];
rx(pi*0.001466256186) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.113678367288) q[0];
rx(pi*0.005269225919) q[1];
rx(pi*0.002674625892) q[2];
rx(pi*-0.00112625091) q[3];
rx(pi*-0.000710133716) q[4];
rx(pi*-0.000687415258) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.089131739371) q[0];
rx(pi*-0.001245561183) q[1];
rx(pi*-4.6507064e-05) q[2];
rx(pi*-0.002341366021) q[3];
rx(pi*0.004133486115) q[4];
rx(pi*-0.001111414296) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
