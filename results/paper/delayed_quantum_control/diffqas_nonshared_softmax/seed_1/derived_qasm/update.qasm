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
rx(pi*0.149610256505) q[0];
rx(pi*0.020248363785) q[1];
rx(pi*-0.097088188789) q[2];
rx(pi*-0.056008969407) q[3];
rx(pi*0.053922114199) q[4];
rx(pi*0.00615033633) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.236390798117) q[0];
rx(pi*-0.255456929676) q[1];
rx(pi*-0.13256727441) q[2];
rx(pi*-0.004309043321) q[3];
rx(pi*0.059115761585) q[4];
rx(pi*0.003328346439) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.114407091554) q[0];
rx(pi*-0.033671751162) q[1];
rx(pi*-0.031759103723) q[2];
rx(pi*-0.05649235233) q[3];
rx(pi*0.059637559579) q[4];
rx(pi*0.00189604332) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.227204231629) q[0];
rx(pi*-0.243563084901) q[1];
rx(pi*-0.138490196272) q[2];
rx(pi*-0.013699491845) q[3];
rx(pi*0.057614220387) q[4];
rx(pi*0.001118340905) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.004925298918) q[0];
rx(pi*0.012724427795) q[1];
rx(pi*-0.099860951515) q[2];
rx(pi*-0.055906924484) q[3];
rx(pi*0.057491400305) q[4];
rx(pi*-0.000828804917) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
