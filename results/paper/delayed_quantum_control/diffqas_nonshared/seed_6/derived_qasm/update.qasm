// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.316916735344) q[0];
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
rx(pi*-0.163357653352) q[0];
rx(pi*0.082711797924) q[1];
rx(pi*-0.027041297593) q[2];
rx(pi*-0.000237582639) q[3];
rx(pi*8.0948451e-05) q[4];
rx(pi*0.000714174244) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.007556264366) q[0];
rx(pi*0.107990688525) q[1];
rx(pi*-0.030827859605) q[2];
rx(pi*0.002528395514) q[3];
rx(pi*0.003314605427) q[4];
rx(pi*0.002079459245) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.163966887253) q[0];
rx(pi*0.084042195452) q[1];
rx(pi*-0.035449521336) q[2];
rx(pi*0.001470355485) q[3];
rx(pi*0.005371253649) q[4];
rx(pi*0.00114323026) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.018438918607) q[0];
rx(pi*0.106713870037) q[1];
rx(pi*-0.037025167715) q[2];
rx(pi*0.001028506057) q[3];
rx(pi*-0.006170357915) q[4];
rx(pi*-0.006019282668) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.164261818616) q[0];
rx(pi*0.084885685869) q[1];
rx(pi*-0.027763528436) q[2];
rx(pi*-0.006033730416) q[3];
rx(pi*0.008012790179) q[4];
rx(pi*-9.2389129e-05) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
