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
rz(pi*-0.002989732104) q[0];
rz(pi*0.003599255043) q[1];
rz(pi*0.002893695019) q[2];
rz(pi*-0.009533389502) q[3];
rz(pi*-0.000280974517) q[4];
rz(pi*0.00490904787) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002476635783) q[0];
rz(pi*-0.001404766696) q[1];
rz(pi*-0.000740994965) q[2];
rz(pi*-0.004147733166) q[3];
rz(pi*0.000656650207) q[4];
rz(pi*-0.005707843236) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.003231822289) q[0];
rz(pi*0.003562409077) q[1];
rz(pi*-6.5461214e-05) q[2];
rz(pi*-0.001156822677) q[3];
rz(pi*-0.000337127754) q[4];
rz(pi*0.0087277177) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.003295106185) q[0];
rz(pi*-0.002468943668) q[1];
rz(pi*0.005305428293) q[2];
rz(pi*-0.000282646509) q[3];
rz(pi*0.002354591805) q[4];
rz(pi*-0.001867304202) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002985290702) q[0];
rz(pi*0.002552566201) q[1];
rz(pi*-0.002447439837) q[2];
rz(pi*-0.00248701358) q[3];
rz(pi*0.002857896112) q[4];
rz(pi*-0.003698981437) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
