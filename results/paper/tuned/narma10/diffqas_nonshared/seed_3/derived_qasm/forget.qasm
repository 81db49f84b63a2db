// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*0.030359911972) q[0];
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
rx(pi*-0.002212554997) q[0];
rx(pi*0.000849651002) q[1];
rx(pi*-0.000785410167) q[2];
rx(pi*-0.00240138453) q[3];
rx(pi*-0.000784580035) q[4];
rx(pi*0.000498160692) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.000759930138) q[0];
rx(pi*0.00025566187) q[1];
rx(pi*-0.000880796397) q[2];
rx(pi*0.000631822588) q[3];
rx(pi*0.00586320751) q[4];
rx(pi*0.000819690661) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.001558085322) q[0];
rx(pi*0.000504373229) q[1];
rx(pi*0.006809850977) q[2];
rx(pi*3.2701703e-05) q[3];
rx(pi*-0.004938413236) q[4];
rx(pi*0.000988738214) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.000258858) q[0];
rx(pi*-0.000866569875) q[1];
rx(pi*-0.000728567741) q[2];
rx(pi*-0.001597227583) q[3];
rx(pi*-3.2041476e-05) q[4];
rx(pi*-0.000822902836) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.001128150779) q[0];
rx(pi*0.00206163924) q[1];
rx(pi*-0.005297573576) q[2];
rx(pi*-0.004895541349) q[3];
rx(pi*-0.001730702049) q[4];
rx(pi*-0.006127595713) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
