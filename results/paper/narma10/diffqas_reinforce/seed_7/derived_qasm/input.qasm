// DiffQAS-QLSTM derived circuit, input gate
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
rx(pi*0.101677933616) q[0];
rx(pi*0.000934393743) q[1];
rx(pi*0.000307396217) q[2];
rx(pi*0.002482918134) q[3];
rx(pi*-0.004388308793) q[4];
rx(pi*-0.002588738931) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.099505022768) q[0];
rx(pi*0.007318131481) q[1];
rx(pi*0.005254450892) q[2];
rx(pi*0.003855850783) q[3];
rx(pi*-0.000971217771) q[4];
rx(pi*0.004663258591) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.097873508762) q[0];
rx(pi*0.008536912927) q[1];
rx(pi*-0.001948817055) q[2];
rx(pi*-0.007861435084) q[3];
rx(pi*0.008569918393) q[4];
rx(pi*0.005023014794) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.101006772666) q[0];
rx(pi*0.004418176937) q[1];
rx(pi*-0.000878648771) q[2];
rx(pi*0.001412204903) q[3];
rx(pi*-0.004580453516) q[4];
rx(pi*-0.002169254444) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.099878605657) q[0];
rx(pi*0.004607020699) q[1];
rx(pi*0.003802541216) q[2];
rx(pi*0.001294105477) q[3];
rx(pi*0.007609930562) q[4];
rx(pi*-0.002278241614) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
