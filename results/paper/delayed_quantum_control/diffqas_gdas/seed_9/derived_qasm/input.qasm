// DiffQAS-QLSTM derived circuit, input gate
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
rx(pi*-0.316916735344) q[0];
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
rx(pi*-0.001295299426) q[0];
rx(pi*-0.007273502242) q[1];
rx(pi*0.000516989773) q[2];
rx(pi*0.00220881366) q[3];
rx(pi*-0.003756589814) q[4];
rx(pi*0.000648955646) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.000388288324) q[0];
rx(pi*0.004546101578) q[1];
rx(pi*0.00035529605) q[2];
rx(pi*0.001252655063) q[3];
rx(pi*0.001588452391) q[4];
rx(pi*-0.004400754619) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.002557145156) q[0];
rx(pi*0.000896423271) q[1];
rx(pi*-0.002946337279) q[2];
rx(pi*-0.002195614853) q[3];
rx(pi*0.000449703257) q[4];
rx(pi*-4.5241527e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.00200596638) q[0];
rx(pi*-0.006466724685) q[1];
rx(pi*0.000857523877) q[2];
rx(pi*0.000477967834) q[3];
rx(pi*-0.003971885736) q[4];
rx(pi*-3.1181792e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.002575908907) q[0];
rx(pi*-0.000650341175) q[1];
rx(pi*0.001528187236) q[2];
rx(pi*-0.003218542255) q[3];
rx(pi*-0.002312192753) q[4];
rx(pi*-0.002516852968) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
