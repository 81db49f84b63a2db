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
rx(pi*0.094975668197) q[0];
rx(pi*-0.005786561759) q[1];
rx(pi*0.000344153229) q[2];
rx(pi*0.003068239555) q[3];
rx(pi*0.002079386615) q[4];
rx(pi*-0.002096328834) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.09385887535) q[0];
rx(pi*-0.003893765448) q[1];
rx(pi*0.001993876145) q[2];
rx(pi*0.004571328514) q[3];
rx(pi*-0.001657776587) q[4];
rx(pi*-0.005404327891) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.092238403483) q[0];
rx(pi*0.002162957863) q[1];
rx(pi*-0.008649065581) q[2];
rx(pi*0.000405777418) q[3];
rx(pi*0.006905443981) q[4];
rx(pi*0.002612206145) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.098591380617) q[0];
rx(pi*0.001196859622) q[1];
rx(pi*0.003369800114) q[2];
rx(pi*-0.003013679269) q[3];
rx(pi*-0.002674408891) q[4];
rx(pi*0.001297342406) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.091141313834) q[0];
rx(pi*0.000742704513) q[1];
rx(pi*-0.006089618794) q[2];
rx(pi*0.002377801552) q[3];
rx(pi*0.002711982342) q[4];
rx(pi*0.000139030878) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
