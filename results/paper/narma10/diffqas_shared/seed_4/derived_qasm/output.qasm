// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.013742067877) q[0];
rz(pi*0.050463543563) q[1];
rz(pi*-0.051948545268) q[2];
rz(pi*0.002486425869) q[3];
rz(pi*0.00117313924) q[4];
rz(pi*0.014154935025) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001825455953) q[0];
rz(pi*-0.013903646911) q[1];
rz(pi*0.010145376823) q[2];
rz(pi*0.001801626478) q[3];
rz(pi*0.013957313699) q[4];
rz(pi*-0.000606109957) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002825674161) q[0];
rz(pi*0.044302058372) q[1];
rz(pi*0.028100695507) q[2];
rz(pi*-0.031267669241) q[3];
rz(pi*0.033191052883) q[4];
rz(pi*0.00589469397) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.025241817851) q[0];
rz(pi*0.020369203586) q[1];
rz(pi*-0.072590097904) q[2];
rz(pi*-0.001903420902) q[3];
rz(pi*0.003422282885) q[4];
rz(pi*-0.000206198527) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.027081818639) q[0];
rz(pi*0.029993224718) q[1];
rz(pi*-0.04774113451) q[2];
rz(pi*0.01308228939) q[3];
rz(pi*0.027288488779) q[4];
rz(pi*-0.00542757425) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
