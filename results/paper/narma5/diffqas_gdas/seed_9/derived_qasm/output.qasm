// DiffQAS-QLSTM derived circuit, output gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.014377122502) q[0];
rx(pi*0.0012549312) q[1];
rx(pi*-0.004269029796) q[2];
rx(pi*0.005568215078) q[3];
rx(pi*-0.003392862675) q[4];
rx(pi*0.00163835798) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000391358723) q[0];
rx(pi*0.000434680398) q[1];
rx(pi*0.000239890625) q[2];
rx(pi*-0.004463326741) q[3];
rx(pi*0.001869574261) q[4];
rx(pi*-0.005157481771) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.016074403166) q[0];
rx(pi*-0.000352784866) q[1];
rx(pi*-0.005091020829) q[2];
rx(pi*0.00056198609) q[3];
rx(pi*0.004783767852) q[4];
rx(pi*-0.001508868829) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.009510934662) q[0];
rx(pi*0.00237572878) q[1];
rx(pi*-0.003278143067) q[2];
rx(pi*-0.002346620138) q[3];
rx(pi*-0.001577495332) q[4];
rx(pi*-0.004604592484) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001707007607) q[0];
rx(pi*0.001115992583) q[1];
rx(pi*-0.005997960857) q[2];
rx(pi*-0.006943158839) q[3];
rx(pi*-0.002964158025) q[4];
rx(pi*0.002370874869) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
