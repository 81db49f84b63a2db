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
rx(pi*0.092277411452) q[0];
rx(pi*-0.009941829478) q[1];
rx(pi*0.003929368995) q[2];
rx(pi*-0.000200208771) q[3];
rx(pi*-0.00114900887) q[4];
rx(pi*0.006158712205) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.115464357405) q[0];
rx(pi*-0.016305546966) q[1];
rx(pi*0.00067536408) q[2];
rx(pi*0.00752083276) q[3];
rx(pi*0.002260057273) q[4];
rx(pi*0.003323713532) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.086387435767) q[0];
rx(pi*-0.013756828675) q[1];
rx(pi*0.004175828841) q[2];
rx(pi*-0.00093073845) q[3];
rx(pi*0.004558532582) q[4];
rx(pi*0.0018971178) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.11786165894) q[0];
rx(pi*-0.006564632364) q[1];
rx(pi*-0.001197415093) q[2];
rx(pi*-0.001079087772) q[3];
rx(pi*0.000755757097) q[4];
rx(pi*0.001118286062) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.088012043693) q[0];
rx(pi*-0.007973333978) q[1];
rx(pi*0.001155088227) q[2];
rx(pi*-9.9370989e-05) q[3];
rx(pi*0.002407586246) q[4];
rx(pi*-0.000829459922) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
