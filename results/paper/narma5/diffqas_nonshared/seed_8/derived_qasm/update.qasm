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
ry(pi*0.030359911972) q[0];
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
ry(pi*-0.017774070839) q[0];
ry(pi*-0.001000340938) q[1];
ry(pi*0.201746807473) q[2];
ry(pi*-0.002082511931) q[3];
ry(pi*-0.5015833656) q[4];
ry(pi*0.018008059365) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.009932841139) q[0];
ry(pi*0.203458604661) q[1];
ry(pi*0.174637976385) q[2];
ry(pi*0.298634387915) q[3];
ry(pi*0.296725729497) q[4];
ry(pi*0.175497650555) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.013871588896) q[0];
ry(pi*0.00957760134) q[1];
ry(pi*-0.010117026795) q[2];
ry(pi*-0.006478346086) q[3];
ry(pi*-0.001990138069) q[4];
ry(pi*-0.066470395447) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.01080610039) q[0];
ry(pi*0.047713633512) q[1];
ry(pi*-0.00100145707) q[2];
ry(pi*0.003021859784) q[3];
ry(pi*0.017929663972) q[4];
ry(pi*0.071507128723) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.019568125561) q[0];
ry(pi*0.007994203408) q[1];
ry(pi*0.010739300903) q[2];
ry(pi*-0.010217672478) q[3];
ry(pi*-1.1165851e-05) q[4];
ry(pi*0.003783791991) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
