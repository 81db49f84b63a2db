// DiffQAS-QLSTM derived circuit, output gate
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
rx(pi*-0.002757094793) q[0];
rx(pi*-0.000832725532) q[1];
rx(pi*-0.000531306305) q[2];
rx(pi*0.008227853389) q[3];
rx(pi*0.004963368032) q[4];
rx(pi*0.000624166417) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.002293653118) q[0];
rx(pi*-0.001199927648) q[1];
rx(pi*-0.001316954595) q[2];
rx(pi*0.001586850676) q[3];
rx(pi*-0.000354450392) q[4];
rx(pi*0.005096561464) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.002394740955) q[0];
rx(pi*-0.003293978196) q[1];
rx(pi*-0.004743510646) q[2];
rx(pi*0.000506484392) q[3];
rx(pi*0.003833664526) q[4];
rx(pi*-0.003327849591) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.002958357701) q[0];
rx(pi*0.007647864199) q[1];
rx(pi*9.5733687e-05) q[2];
rx(pi*-0.001054756928) q[3];
rx(pi*0.007921079474) q[4];
rx(pi*-0.000934979378) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.003593518455) q[0];
rx(pi*0.000266499811) q[1];
rx(pi*-0.003974422156) q[2];
rx(pi*-0.005045494535) q[3];
rx(pi*0.00307283007) q[4];
rx(pi*-0.001772837261) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
